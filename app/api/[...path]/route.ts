// Any /api path no route serves: a JSON 404 an API client can read, not the HTML not-found page.
function unknownApiPath(): Response {
  return Response.json({ error: "not_found", message: "There is no such API route" }, { status: 404 });
}

export { unknownApiPath as GET, unknownApiPath as POST, unknownApiPath as PUT, unknownApiPath as PATCH, unknownApiPath as DELETE };

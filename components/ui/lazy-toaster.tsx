"use client";

import { useEffect, useState, type ComponentType } from "react";
import type { ToasterProps } from "sonner";
import { whenSonnerLoads } from "./toast";

/** sonner's <Toaster>, mounted once the first toast has loaded sonner (components/ui/toast.ts). */
export function LazyToaster(props: ToasterProps) {
  const [Toaster, setToaster] = useState<ComponentType<ToasterProps> | null>(null);
  useEffect(() => whenSonnerLoads((loaded) => setToaster(() => loaded.Toaster)), []);
  return Toaster ? <Toaster {...props} /> : null;
}

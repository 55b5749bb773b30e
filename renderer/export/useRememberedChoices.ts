// The export dialog opens with the format and options last used in this library (kept in
// the library's settings, so they follow the library file rather than the window).
import { useCallback, useEffect, useState } from "react";
import { client } from "../client/index.ts";
import { DEFAULT_CHOICES, type ExportChoices, type ExportFormat } from "./exportChoices.ts";

export function useRememberedChoices() {
  const [format, setFormatState] = useState<ExportFormat>("html");
  const [choices, setChoicesState] = useState<ExportChoices>(DEFAULT_CHOICES);
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    let current = true;
    client["settings.exportChoices"]({})
      .then((saved) => {
        if (!current || !saved) return;
        const { format: savedFormat, ...savedChoices } = saved;
        setFormatState(savedFormat);
        setChoicesState(savedChoices);
      })
      .catch(() => undefined) // the defaults will do
      .finally(() => current && setLoaded(true));
    return () => {
      current = false;
    };
  }, []);

  const remember = useCallback((nextFormat: ExportFormat, nextChoices: ExportChoices) => {
    void client["settings.setExportChoices"]({ format: nextFormat, ...nextChoices }).catch(() => undefined);
  }, []);

  const setFormat = (next: ExportFormat) => {
    setFormatState(next);
    remember(next, choices);
  };
  const setChoices = (next: ExportChoices) => {
    setChoicesState(next);
    remember(format, next);
  };
  return { format, setFormat, choices, setChoices, loaded };
}

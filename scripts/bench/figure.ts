/** One benchmark figure; `target` null means "reported, not judged". */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  target: number | null;
  ok: boolean;
}

import {setFlagsFromString} from 'node:v8';

/**
 * V8's optimizing compiler is told not to inline the array builtins (`map`, `filter`, `forEach`, `some` and the like)
 * into the functions that call them: the CLI only, set before anything is cleaned, for the process and its workers.
 * Inlined, a `map` in optimized code makes an array of another kind (holey) than the same `map` made before the
 * function was optimized (packed), so the functions that read it are optimized for one kind, meet the other and are
 * thrown away and compiled again; the compiler, which runs beside the cleaning on threads of its own, spent about a
 * third of a run's CPU time on a few hundred pages, half of it on such recompiling (docs/speed.md, "The compiler's
 * share"). The library leaves V8's settings to the program that imports it.
 */
export function useCompileFlags(): void {
  setFlagsFromString('--no-turbo-inline-array-builtins');
}

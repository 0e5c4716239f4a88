/**
 * modelof's API: everything a user writes or calls, and the only package of modelof a spec or a
 * test of its own needs to import.
 *
 * <ul>
 *   <li>Writing a spec: {@link dev.modelof.ModelOf} and the annotations on its operations and
 *       parameters ({@link dev.modelof.Requires}, {@link dev.modelof.Weight}, {@link
 *       dev.modelof.Range}, {@link dev.modelof.Size}, {@link dev.modelof.From}, {@link
 *       dev.modelof.FromModel}, {@link dev.modelof.Fresh}, {@link dev.modelof.Ref}, {@link dev.modelof.Invariant}, {@link
 *       dev.modelof.Compare}), and {@link dev.modelof.Handle} in the operation records of {@code
 *       @Ref} results.
 *   <li>Writing generators: {@link dev.modelof.Gen}, {@link dev.modelof.Source}, {@link
 *       dev.modelof.Literal} and the built-in ones of {@link dev.modelof.Gens}.
 *   <li>Running a machine: {@link dev.modelof.ModelCheck}, {@link dev.modelof.Settings} (and its
 *       {@link dev.modelof.SettingsException}), and what a run returns: {@link dev.modelof.Result},
 *       {@link dev.modelof.Failure}, {@link dev.modelof.Setup}, {@link dev.modelof.Statistics}.
 *   <li>Checking from several threads: {@link dev.modelof.Linearizable} and {@link
 *       dev.modelof.NonAtomic} on a spec, {@link dev.modelof.LinearizabilityCheck} with its {@link
 *       dev.modelof.LinearizabilitySettings}, and what it returns: {@link
 *       dev.modelof.LinearizabilityResult}, {@link dev.modelof.Race}.
 * </ul>
 *
 * <p>This is the stable API: its types and members change only with a major version. The other
 * packages of the runtime are not: {@code dev.modelof.internal} is for generated code and {@code
 * dev.modelof.engine} runs the checks.
 */
package dev.modelof;

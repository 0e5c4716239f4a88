package dev.modelof.engine.concurrent;

import dev.modelof.Setup;
import java.util.ArrayList;
import java.util.List;

/**
 * A drawn scenario: a setup, calls made one after another before the threads start, one branch of
 * calls per thread, and calls made after every thread is done.
 */
record Scenario<O>(Setup setup, List<Call<O>> prefix, List<List<Call<O>>> threads, List<Call<O>> post) {
  Scenario {
    prefix = List.copyOf(prefix);
    List<List<Call<O>>> copies = new ArrayList<>();
    threads.forEach(branch -> copies.add(List.copyOf(branch)));
    threads = List.copyOf(copies);
    post = List.copyOf(post);
  }

  /** All its calls. */
  int size() {
    return prefix.size() + parallelCalls() + post.size();
  }

  /** The calls of all threads. */
  int parallelCalls() {
    return threads.stream().mapToInt(List::size).sum();
  }

  /** Its shape in words: "2 threads x 1 call after a 2-call prefix, then 1 call". */
  String shape() {
    int most = threads.stream().mapToInt(List::size).max().orElse(0);
    int least = threads.stream().mapToInt(List::size).min().orElse(0);
    StringBuilder out = new StringBuilder().append(threads.size()).append(" threads x ")
        .append(least == most ? String.valueOf(most) : least + "-" + most).append(most == 1 ? " call" : " calls");
    if (!prefix.isEmpty()) {
      out.append(" after ").append(prefix.size() == 1 ? "1 call" : prefix.size() + " calls");
    }
    if (!post.isEmpty()) {
      out.append(", then ").append(post.size() == 1 ? "1 call" : post.size() + " calls");
    }
    return out.toString();
  }

  Scenario<O> withSetup(Setup other) {
    return new Scenario<>(other, prefix, threads, post);
  }

  Scenario<O> withPrefix(List<Call<O>> other) {
    return new Scenario<>(setup, other, threads, post);
  }

  Scenario<O> withThreads(List<List<Call<O>>> other) {
    return new Scenario<>(setup, prefix, other, post);
  }

  Scenario<O> withPost(List<Call<O>> other) {
    return new Scenario<>(setup, prefix, threads, other);
  }
}

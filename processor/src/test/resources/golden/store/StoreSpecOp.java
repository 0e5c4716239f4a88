package dev.modelof.example.store;

import dev.modelof.Handle;
import javax.annotation.processing.Generated;

/**
 * The operations of {@link StoreSpec}, one record per operation.
 */
@Generated("dev.modelof.processor.ModelOfProcessor")
@SuppressWarnings({"deprecation", "removal"})
public sealed interface StoreSpecOp permits StoreSpecOp.Open, StoreSpecOp.Close, StoreSpecOp.Add, StoreSpecOp.Counts, StoreSpecOp.Names, StoreSpecOp.First, StoreSpecOp.Ratio, StoreSpecOp.Take, StoreSpecOp.Rename, StoreSpecOp.Tag {
  /**
   * A call of {@link StoreSpec#open}.
   */
  record Open(String user) implements StoreSpecOp {
  }

  /**
   * A call of {@link StoreSpec#close}.
   */
  record Close(Handle<Session> session) implements StoreSpecOp {
  }

  /**
   * A call of {@link StoreSpec#add}.
   */
  record Add(Handle<Session> session, Kind kind, long amount) implements StoreSpecOp {
  }

  /**
   * A call of {@link StoreSpec#counts}.
   */
  record Counts() implements StoreSpecOp {
  }

  /**
   * A call of {@link StoreSpec#names}.
   */
  record Names() implements StoreSpecOp {
  }

  /**
   * A call of {@link StoreSpec#first}.
   */
  record First(char from) implements StoreSpecOp {
  }

  /**
   * A call of {@link StoreSpec#ratio}.
   */
  record Ratio(double weight, float scale, boolean exact, short small, long big, byte tiny,
      Integer boxed) implements StoreSpecOp {
  }

  /**
   * A call of {@link StoreSpec#take}.
   */
  record Take(int amount) implements StoreSpecOp {
  }

  /**
   * A call of {@link StoreSpec#rename}.
   */
  record Rename(String name) implements StoreSpecOp {
  }

  /**
   * A call of {@link StoreSpec#tag}.
   */
  record Tag(String[] tags) implements StoreSpecOp {
  }
}

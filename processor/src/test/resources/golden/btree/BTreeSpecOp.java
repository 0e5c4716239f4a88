package dev.modelof.example.btree;

import javax.annotation.processing.Generated;

/**
 * The operations of {@link BTreeSpec}, one record per operation.
 */
@Generated("dev.modelof.processor.ModelOfProcessor")
@SuppressWarnings({"deprecation", "removal"})
public sealed interface BTreeSpecOp permits BTreeSpecOp.Put, BTreeSpecOp.Remove, BTreeSpecOp.Get, BTreeSpecOp.ContainsKey, BTreeSpecOp.Size, BTreeSpecOp.FirstKey, BTreeSpecOp.LastKey, BTreeSpecOp.FloorKey, BTreeSpecOp.CeilingKey {
  /**
   * A call of {@link BTreeSpec#put}.
   */
  record Put(int key, int value) implements BTreeSpecOp {
  }

  /**
   * A call of {@link BTreeSpec#remove}.
   */
  record Remove(int key) implements BTreeSpecOp {
  }

  /**
   * A call of {@link BTreeSpec#get}.
   */
  record Get(int key) implements BTreeSpecOp {
  }

  /**
   * A call of {@link BTreeSpec#containsKey}.
   */
  record ContainsKey(int key) implements BTreeSpecOp {
  }

  /**
   * A call of {@link BTreeSpec#size}.
   */
  record Size() implements BTreeSpecOp {
  }

  /**
   * A call of {@link BTreeSpec#firstKey}.
   */
  record FirstKey() implements BTreeSpecOp {
  }

  /**
   * A call of {@link BTreeSpec#lastKey}.
   */
  record LastKey() implements BTreeSpecOp {
  }

  /**
   * A call of {@link BTreeSpec#floorKey}.
   */
  record FloorKey(int key) implements BTreeSpecOp {
  }

  /**
   * A call of {@link BTreeSpec#ceilingKey}.
   */
  record CeilingKey(int key) implements BTreeSpecOp {
  }
}

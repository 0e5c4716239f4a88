package dev.modelof.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How a report names what a call threw. */
class ExceptionTextTest {
  @Test
  void anExceptionWithItsMessage() {
    assertEquals("ArrayIndexOutOfBoundsException: Index -1 out of bounds for length 3",
        Execution.describe(new ArrayIndexOutOfBoundsException("Index -1 out of bounds for length 3")));
  }

  /** What HotSpot throws from compiled code that threw it often: a shared instance, no message, no stack. */
  @Test
  void anExceptionTheJvmThrewWithoutItsMessageSaysSo() {
    ArrayIndexOutOfBoundsException shared = new ArrayIndexOutOfBoundsException();
    shared.setStackTrace(new StackTraceElement[0]);
    assertEquals("ArrayIndexOutOfBoundsException (its message left out by the JVM, as it does for an exception"
        + " thrown often; -XX:-OmitStackTraceInFastThrow keeps it)", Execution.describe(shared));
  }

  @Test
  void anExceptionOfItsOwnWithoutMessageOrStackIsJustNamed() {
    IllegalStateException own = new IllegalStateException();
    own.setStackTrace(new StackTraceElement[0]);
    assertEquals("IllegalStateException", Execution.describe(own));
    assertEquals("NullPointerException", Execution.describe(new NullPointerException()));
  }
}

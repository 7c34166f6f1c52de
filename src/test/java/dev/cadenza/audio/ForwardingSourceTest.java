package dev.cadenza.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A view that overrides nothing behaves as its source: each method of {@link AudioSource}, the ones
 * added later included, reaches the source with the same arguments and returns its answer.
 */
class ForwardingSourceTest {

  static Stream<Method> audioSourceMethods() {
    return Arrays.stream(AudioSource.class.getMethods())
        .filter(m -> !Modifier.isStatic(m.getModifiers()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("audioSourceMethods")
  void everyMethodReachesTheSource(Method method) throws Exception {
    List<String> calls = new ArrayList<>();
    List<Object[]> arguments = new ArrayList<>();
    Object answer = answerOf(method.getReturnType());
    InvocationHandler recorder =
        (proxy, called, args) -> {
          calls.add(called.getName());
          arguments.add(args == null ? new Object[0] : args);
          return answer;
        };
    AudioSource source =
        (AudioSource)
            Proxy.newProxyInstance(
                AudioSource.class.getClassLoader(), new Class<?>[] {AudioSource.class}, recorder);
    AudioSource view = new ForwardingSource(source) {};
    Object[] given = argumentsFor(method);

    Object returned = method.invoke(view, given);

    assertThat(calls).as("calls reaching the source").containsExactly(method.getName());
    assertThat(arguments.get(0)).containsExactly(given);
    assertThat(returned).isEqualTo(answer);
  }

  /** A value the source answers with that no default of the interface would give. */
  private static Object answerOf(Class<?> type) {
    if (type == void.class) {
      return null;
    }
    if (type == int.class) {
      return 37;
    }
    if (type == long.class) {
      return 123_456L;
    }
    if (type == String.class) {
      return "rf64";
    }
    if (type == List.class) {
      return List.of("a warning from the source");
    }
    if (type == AudioFormat.class) {
      return AudioFormat.floatFormat(48_000, 2);
    }
    throw new AssertionError("no answer for " + type + ": add one for the new method");
  }

  private static Object[] argumentsFor(Method method) {
    Class<?>[] types = method.getParameterTypes();
    Object[] args = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      if (types[i] == AudioBlock.class) {
        args[i] = new AudioBlock(2, 64);
      } else {
        throw new AssertionError("no argument for " + types[i] + ": add one for the new method");
      }
    }
    return args;
  }
}

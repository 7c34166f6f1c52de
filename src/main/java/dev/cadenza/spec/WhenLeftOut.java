package dev.cadenza.spec;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field a reader may find left out (absent or null) of a document written by hand, and says
 * what it then becomes. {@link JsonSchema} lists such a field as optional and prints the rule as
 * its description, so {@code cadenza schema} tells a spec's writer what they may leave out.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface WhenLeftOut {

  /** What the field becomes when left out, in words. */
  String value();
}

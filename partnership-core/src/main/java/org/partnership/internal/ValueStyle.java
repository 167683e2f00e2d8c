package org.partnership.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project's value types.
 *
 * <p>Abstract value types are public; the generated {@code Immutable*} implementations are
 * package-private and hidden behind the abstract type ({@code overshadowImplementation}), so the
 * public API is the abstract type, its static factories and its nested {@code Builder}. Incomplete
 * builders fail with {@link IllegalArgumentException} naming the missing attributes; a null
 * argument fails with {@link NullPointerException} naming the attribute.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    throwForInvalidImmutableState = IllegalArgumentException.class,
    defaults = @Value.Immutable(copy = false),
    privateNoargConstructor = false,
    jdkOnly = false,
    allParameters = false,
    depluralize = true)
public @interface ValueStyle {}

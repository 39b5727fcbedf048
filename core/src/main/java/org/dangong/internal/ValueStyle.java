package org.dangong.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project: generated {@code Immutable*} classes are package-private
 * and hidden behind factories and builders on the abstract value types, attributes are never
 * nullable, and the only generated annotation is the source-retained {@code
 * javax.annotation.processing.Generated} so users need no Immutables jar at run or compile time.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = true),
    allowedClasspathAnnotations = {javax.annotation.processing.Generated.class},
    depluralize = true,
    optionalAcceptNullable = false,
    jdkOnly = false,
    privateNoargConstructor = false,
    get = {"is*", "get*"},
    init = "*",
    headerComments = false)
public @interface ValueStyle {}

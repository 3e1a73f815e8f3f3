package com.judgmentday.components;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field of a component (or of a value it holds) that is not gameplay state and stays out of the state
 * hash: a reference to tuning, a steering helper, a cache. The reason is required, so a reader sees why.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface NotState {
    /** Why the field is not state, for instance "tuning from tuning.json, the same all run". */
    String value();
}

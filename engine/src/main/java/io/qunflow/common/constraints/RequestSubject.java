package io.qunflow.common.constraints;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * What a refused request is called in the problem's {@code detail} ("The group is invalid") and,
 * in Chinese, in its {@code detailZh} ("社群信息有误"): on a request record, or on a handler
 * method whose parameters are checked.
 */
@Documented
@Target({TYPE, METHOD})
@Retention(RUNTIME)
public @interface RequestSubject {

    String value();

    /** The same in Chinese, as it reads before "有误". */
    String zh();
}

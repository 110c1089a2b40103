package io.qunflow.wecom;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/** The parts that talk to WeCom exist only when {@code qunflow.wecom.enabled} is true. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ConditionalOnProperty(prefix = "qunflow.wecom", name = "enabled", havingValue = "true")
@interface ConditionalOnWeCom {}

/**
 * The WeCom (企业微信) connector, on when {@code qunflow.wecom.enabled} is true: signed, encrypted
 * callbacks in (customer groups, joins, leaves, contact changes), chat-archive records in (messages),
 * and Qunflow's actions out (group broadcasts, welcome templates, live codes), with owner tasks for
 * what WeCom has no API for. Talks to WeCom with the JDK's HttpClient: see {@code WeComClient}.
 */
@ApplicationModule(allowedDependencies = {"actions", "api", "common", "events", "groups", "members", "rules", "sop"})
package io.qunflow.wecom;

import org.springframework.modulith.ApplicationModule;

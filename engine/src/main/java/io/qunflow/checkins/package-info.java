/** Check-ins (签到/打卡): one a day per member in the group's time zone, with consecutive and cumulative streaks. */
@ApplicationModule(allowedDependencies = {"common", "groups", "members"})
package io.qunflow.checkins;

import org.springframework.modulith.ApplicationModule;

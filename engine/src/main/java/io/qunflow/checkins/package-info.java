/** Check-ins (签到/打卡): one a day per member in the group's time zone, with consecutive and cumulative streaks. */
package io.qunflow.checkins;

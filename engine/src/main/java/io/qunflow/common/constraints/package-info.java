/**
 * Bean Validation constraints for request records, in the words the API has always answered
 * with ("is required", "must be at most 100 characters"…) and in Chinese ("必填", "最多 100 个字符"…):
 * a refused request lists every field problem at once in the problem's {@code errors[]}, each with
 * its {@code messageZh}. Any Unicode is welcome in text; identifiers are visible characters without
 * whitespace or slashes.
 */
package io.qunflow.common.constraints;

/**
 * Bean Validation constraints for request records, in the words the API has always answered
 * with ("is required", "must be at most 100 characters"…): a refused request lists every field
 * problem at once in the problem's {@code errors[]}. Any Unicode is welcome in text; identifiers
 * are visible characters without whitespace or slashes.
 */
package io.qunflow.common.constraints;

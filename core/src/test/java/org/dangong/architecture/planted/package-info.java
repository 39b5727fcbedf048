/**
 * Classes that break every package rule on purpose, laid out like the core's packages, so that
 * {@code org.dangong.architecture.PackageRulesTest} can show that each rule is able to fail. Never
 * used by anything else.
 */
@NullMarked
package org.dangong.architecture.planted;

import org.jspecify.annotations.NullMarked;

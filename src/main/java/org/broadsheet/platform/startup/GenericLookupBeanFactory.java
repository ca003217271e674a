package org.broadsheet.platform.startup;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.core.ResolvableType;

/**
 * Spring's bean factory, with quicker answers to "which beans are a {@code Customizer<CsrfConfigurer<...>>}?".
 * Spring answers a question about a generic type by testing every bean definition (about 500 here) and keeps no
 * cache for it; Spring Security asks about 30 such questions for each filter chain it builds, about 7% of the main
 * thread's work on the way to the first page (bench/README.md, Start-up, round 5). Here the beans of the raw class
 * (the cached answer for {@code Customizer}, usually none) are tested instead: a bean of {@code Customizer<X>} is
 * always a bean of {@code Customizer}, so the answer is the same, in the same order. Only once the configuration
 * is frozen, when Spring caches answers by class.
 */
public class GenericLookupBeanFactory extends DefaultListableBeanFactory {

    @Override
    public String[] getBeanNamesForType(ResolvableType type, boolean includeNonSingletons, boolean allowEagerInit) {
        Class<?> rawClass = type.resolve();
        if (rawClass == null || !type.hasGenerics() || !allowEagerInit || !isConfigurationFrozen()) {
            return super.getBeanNamesForType(type, includeNonSingletons, allowEagerInit);
        }
        List<String> matches = new ArrayList<>();
        for (String name : getBeanNamesForType(rawClass, includeNonSingletons, true)) {
            if (isTypeMatch(name, type, true)) {
                matches.add(name);
            }
        }
        return matches.toArray(String[]::new);
    }
}

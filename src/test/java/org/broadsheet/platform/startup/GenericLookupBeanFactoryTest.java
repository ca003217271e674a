package org.broadsheet.platform.startup;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.FactoryBean;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.core.ResolvableType;

import static org.assertj.core.api.Assertions.assertThat;

/** Generic look-ups answer exactly as Spring's own bean factory does, before and after the configuration is frozen. */
class GenericLookupBeanFactoryTest {

    static final ResolvableType CONSUMER_OF_STRING = ResolvableType.forClassWithGenerics(Consumer.class, String.class);
    static final ResolvableType CONSUMER_OF_INTEGER = ResolvableType.forClassWithGenerics(Consumer.class, Integer.class);
    static final ResolvableType CONSUMER_OF_LIST = ResolvableType.forClassWithGenerics(Consumer.class, List.class);
    static final ResolvableType FUNCTION_OF_STRING =
            ResolvableType.forClassWithGenerics(Function.class, String.class, Integer.class);

    @Test
    void answersAsSpringDoesForGenericTypes() {
        DefaultListableBeanFactory spring = withBeans(new DefaultListableBeanFactory());
        GenericLookupBeanFactory ours = withBeans(new GenericLookupBeanFactory());
        for (boolean frozen : new boolean[] {false, true}) {
            if (frozen) {
                spring.freezeConfiguration();
                ours.freezeConfiguration();
            }
            for (ResolvableType type : List.of(CONSUMER_OF_STRING, CONSUMER_OF_INTEGER, CONSUMER_OF_LIST, FUNCTION_OF_STRING,
                    ResolvableType.forClass(Consumer.class))) {
                assertThat(ours.getBeanNamesForType(type)).as(type + (frozen ? ", frozen" : ""))
                        .containsExactly(spring.getBeanNamesForType(type));
                assertThat(ours.getBeanNamesForType(type, false, true)).as(type + " singletons only")
                        .containsExactly(spring.getBeanNamesForType(type, false, true));
            }
        }
        assertThat(ours.getBeanNamesForType(CONSUMER_OF_STRING))
                .containsExactly("firstStrings", "fromFactory", "laterStrings", "manualStrings");
        assertThat(ours.getBeanNamesForType(CONSUMER_OF_INTEGER)).containsExactly("integers");
        assertThat(ours.getBeanProvider(CONSUMER_OF_STRING).orderedStream().toList()).hasSize(4);
    }

    @Test
    void aBeanAddedAfterFreezingIsFound() {
        GenericLookupBeanFactory ours = withBeans(new GenericLookupBeanFactory());
        ours.freezeConfiguration();
        assertThat(ours.getBeanNamesForType(CONSUMER_OF_INTEGER)).containsExactly("integers");

        ours.registerBeanDefinition("moreIntegers", consumer(Integer.class));
        ours.registerSingleton("manualIntegers", (Consumer<Integer>) value -> { });

        assertThat(ours.getBeanNamesForType(CONSUMER_OF_INTEGER)).containsExactly("integers", "moreIntegers");
        assertThat(ours.getBeanNamesForType(ResolvableType.forClass(Consumer.class))).contains("manualIntegers");
    }

    private static <F extends DefaultListableBeanFactory> F withBeans(F factory) {
        factory.registerBeanDefinition("firstStrings", consumer(String.class));
        factory.registerBeanDefinition("integers", consumer(Integer.class));
        factory.registerBeanDefinition("text", new RootBeanDefinition(String.class, () -> "not a consumer"));
        RootBeanDefinition function = new RootBeanDefinition();
        function.setTargetType(FUNCTION_OF_STRING);
        function.setInstanceSupplier(() -> (Function<String, Integer>) String::length);
        factory.registerBeanDefinition("lengths", function);
        factory.registerBeanDefinition("fromFactory", new RootBeanDefinition(StringConsumerFactory.class));
        factory.registerBeanDefinition("laterStrings", consumer(String.class));
        factory.registerSingleton("manualStrings", new StringConsumer());
        return factory;
    }

    private static RootBeanDefinition consumer(Class<?> of) {
        RootBeanDefinition definition = new RootBeanDefinition();
        definition.setTargetType(ResolvableType.forClassWithGenerics(Consumer.class, of));
        definition.setInstanceSupplier(() -> (Consumer<Object>) value -> { });
        return definition;
    }

    static class StringConsumer implements Consumer<String> {
        @Override
        public void accept(String value) {
        }
    }

    static class StringConsumerFactory implements FactoryBean<StringConsumer> {
        @Override
        public StringConsumer getObject() {
            return new StringConsumer();
        }

        @Override
        public Class<?> getObjectType() {
            return StringConsumer.class;
        }
    }
}

package com.ascendelements.portal.edi.smooks;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Renders message DTOs as an indented, deterministic text tree (properties sorted by name, nulls and empty
 * lists left out) for golden files: readable in a diff and independent of JSON libraries.
 */
public final class MessageDump {

    private MessageDump() {
    }

    public static String dump(List<?> messages) {
        StringBuilder out = new StringBuilder();
        for (Object message : messages) {
            write(out, message, 0);
        }
        return out.toString();
    }

    private static void write(StringBuilder out, Object bean, int depth) {
        out.append(bean.getClass().getSimpleName()).append('\n');
        Method[] getters = bean.getClass().getMethods();
        Arrays.sort(getters, Comparator.comparing(MessageDump::propertyName));
        for (Method getter : getters) {
            if (!isGetter(getter)) {
                continue;
            }
            Object value;
            try {
                value = getter.invoke(bean);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (value == null || (value instanceof Collection<?> c && c.isEmpty())) {
                continue;
            }
            indent(out, depth + 1).append(propertyName(getter)).append(':');
            if (value instanceof Collection<?> collection) {
                out.append('\n');
                for (Object element : collection) {
                    indent(out, depth + 2).append("- ");
                    writeValue(out, element, depth + 2);
                }
            } else {
                out.append(' ');
                writeValue(out, value, depth + 1);
            }
        }
    }

    private static void writeValue(StringBuilder out, Object value, int depth) {
        if (value.getClass().getPackageName().endsWith(".message")) {
            write(out, value, depth);
        } else {
            out.append(value).append('\n');
        }
    }

    private static boolean isGetter(Method method) {
        return method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())
                && method.getName().startsWith("get") && !method.getName().equals("getClass");
    }

    private static String propertyName(Method method) {
        String name = method.getName().startsWith("get") ? method.getName().substring(3) : method.getName();
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static StringBuilder indent(StringBuilder out, int depth) {
        return out.append("  ".repeat(depth));
    }
}

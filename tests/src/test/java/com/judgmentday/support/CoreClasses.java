package com.judgmentday.support;

import com.badlogic.ashley.core.Component;
import com.judgmentday.components.Hashed;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Every class of the core module as the tests' classpath holds it (a classes directory or the core jar). */
public final class CoreClasses {
    private CoreClasses() {
    }

    /** Every concrete Ashley component in core, in name order. */
    public static List<Class<?>> components() {
        List<Class<?>> components = new ArrayList<>();
        for (Class<?> type : all()) {
            if (Component.class.isAssignableFrom(type) && !type.isInterface() && !Modifier.isAbstract(type.getModifiers())) {
                components.add(type);
            }
        }
        return components;
    }

    /** Every concrete component or other {@link Hashed} class in core (values components hold, run state), in name order. */
    public static List<Class<?>> stateful() {
        List<Class<?>> stateful = new ArrayList<>();
        for (Class<?> type : all()) {
            boolean holdsState = Component.class.isAssignableFrom(type) || Hashed.class.isAssignableFrom(type);
            if (holdsState && !type.isInterface() && !Modifier.isAbstract(type.getModifiers())) {
                stateful.add(type);
            }
        }
        return stateful;
    }

    public static List<Class<?>> all() {
        try {
            Path location = Path.of(Hashed.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                return load(location);
            }
            try (FileSystem jar = FileSystems.newFileSystem(location)) {
                return load(jar.getPath("/"));
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("can't list core's classes: " + e, e);
        }
    }

    private static List<Class<?>> load(Path root) throws IOException {
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("com").resolve("judgmentday"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String relative = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
                String name = relative.substring(0, relative.length() - ".class".length());
                try {
                    classes.add(Class.forName(name, false, Hashed.class.getClassLoader()));
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new IllegalStateException("can't load " + name + ": " + e, e);
                }
            }
        }
        classes.sort(Comparator.comparing(Class::getName));
        return classes;
    }
}

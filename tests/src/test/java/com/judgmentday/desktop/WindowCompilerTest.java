package com.judgmentday.desktop;

import org.junit.jupiter.api.Test;

import javax.management.ObjectName;
import java.lang.management.ManagementFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WindowCompilerTest {
    private static final String DIAGNOSTICS = "com.sun.management:type=DiagnosticCommand";

    @Test
    void aMachineWithCoresToSpareKeepsC2() {
        assertEquals("C2 kept: 8 cores", WindowCompiler.c1OnlyIfFewCores(8));
    }

    @Test
    void onTwoCoresTheJvmTakesTheDirective() throws Exception {
        String result = WindowCompiler.c1OnlyIfFewCores(2);
        try {
            assertEquals("C1 only: 2 cores (1 compiler directives added)", result);
            String printed = diagnostic("compilerDirectivesPrint");
            assertTrue(printed.contains("Exclude:true"), "the directive excludes C2 from every method:\n" + printed);
        } finally {
            // the rest of this JVM's tests keep C2: the directive added is the top of the stack
            diagnostic("compilerDirectivesRemove");
        }
    }

    private static String diagnostic(String operation) throws Exception {
        return String.valueOf(ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName(DIAGNOSTICS), operation,
                new Object[] {new String[0]}, new String[] {String[].class.getName()}));
    }
}

package com.judgmentday.desktop;

import org.junit.jupiter.api.Test;

import javax.management.ObjectName;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class WindowCompilerTest {
    private static final String DIAGNOSTICS = "com.sun.management:type=DiagnosticCommand";
    /** A pattern no method of this JVM matches: the tests around this one keep C2 (allocation figures need it). */
    private static final String NO_METHOD = "com/judgmentday/desktop/NoSuchClass.noSuchMethod";

    @Test
    void aMachineWithCoresToSpareKeepsC2() {
        List<String> said = new ArrayList<>();
        WindowCompiler.c1OnlyIfFewCores(8, said::add);
        assertEquals(List.of("C2 kept: 8 cores"), said);
    }

    @Test
    void theJvmTakesTheDirectiveThroughItsDiagnosticCommand() throws Exception {
        assumeTrue(ManagementFactory.getPlatformMBeanServer().isRegistered(new ObjectName(DIAGNOSTICS)),
                "a JVM with HotSpot's diagnostic commands");
        String result = WindowCompiler.c1Only(2, NO_METHOD);
        try {
            assertEquals("C1 only: 2 cores (1 compiler directives added)", result);
            String printed = diagnostic("compilerDirectivesPrint");
            assertTrue(printed.contains("NoSuchClass") && printed.contains("Exclude:true"),
                    "the directive excludes C2 from what it matches:\n" + printed);
        } finally {
            diagnostic("compilerDirectivesRemove");
        }
    }

    private static String diagnostic(String operation) throws Exception {
        return String.valueOf(ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName(DIAGNOSTICS), operation,
                new Object[] {new String[0]}, new String[] {String[].class.getName()}));
    }
}

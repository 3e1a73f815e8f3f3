package com.judgmentday.cli;

import com.judgmentday.certificates.Certificates;
import com.judgmentday.desktop.Launcher;
import com.judgmentday.support.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code certify}: a winning script becomes a certificate; one that does not win is refused and nothing is written. */
class CertifyCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Launcher.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void aWinningScriptIsCertifiedAsTheShippedCertificateSays(@TempDir Path dir) throws Exception {
        Path cert = dir.resolve("pg.cert");
        assertThat(run("certify", "--input", TestContent.script("proving-ground.txt").toString(), "--out", cert.toString()))
                .as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("proving-ground start: WIN at tick 1199, 19 marks, written to ");
        Path shipped = Certificates.path(TestContent.assets().resolve(Certificates.FOLDER), "proving-ground", "start");
        assertThat(Files.readString(cert)).isEqualTo(Files.readString(shipped));
    }

    @Test
    void aRunThatDoesNotWinIsRefusedAndNothingWritten(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("wait.txt");
        Files.writeString(script, "# level: proving-ground\n120\n");
        Path cert = dir.resolve("wait.cert");
        assertThat(run("certify", "--input", script.toString(), "--out", cert.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("proving-ground start ends TIMEOUT at tick 420 with this input;"
                + " a certificate is proof of a win, so none was written");
        assertThat(cert).doesNotExist();
    }

    @Test
    void checkReplaysTheCertificatesNamed() {
        Path shipped = Certificates.path(TestContent.assets().resolve(Certificates.FOLDER), "ai-maze", "start");
        assertThat(run("certify", "--check", shipped.toString())).isZero();
        assertThat(out.toString()).isEqualTo("ai-maze start: holds (WIN at tick 410)" + System.lineSeparator());
    }

    @Test
    void aBrokenCertificateIsOneLineNamingItsLine(@TempDir Path dir) throws Exception {
        Path cert = dir.resolve("bad.cert");
        Files.writeString(cert, "format: 1\nlevel proving-ground\n");
        assertThat(run("certify", "--check", cert.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("bad.cert:2: 'level proving-ground' is not a 'key: value' header");
    }
}

package com.judgmentday.certificates;

import com.judgmentday.support.TestContent;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The certificate's text: read back as written, and a bad file refused with its name, line and what is wrong. */
class CertificateTextTest {
    private static final String HEAD = "format: 1\nlevel: proving-ground\nstart: start\nseed: 7\ndifficulty: normal\n"
            + "skill: script\nbeats: played\noutcome: WIN\ntick: 120\nstate: 0123456789abcdef\n";

    @Test
    void aShippedCertificateReadAndWrittenAgainIsTheSameText() throws Exception {
        Path file = Certificates.path(TestContent.assets().resolve(Certificates.FOLDER), "hazard-lab", "start");
        assertThat(CertificateText.write(CertificateText.read(file))).isEqualTo(Files.readString(file));
    }

    @Test
    void marksHoldTheWholeStateAgainFromTheChangesUnderThem() throws Exception {
        Certificate certificate = CertificateText.parse("c.cert", HEAD + "input:\n60,R\nmarks:\n"
                + "60 0000000000000001 run=00000001 random=00000002 stage=00000003\n"
                + "  4 t800 BodyComponent=0000000a TransformComponent=0000000b\n"
                + "  5 crate#7 BodyComponent=0000000c\n"
                + "120 0000000000000002 run=00000004 random=00000002 stage=00000003\n"
                + "  4 t800 TransformComponent=0000000d WeaponComponent=0000000e\n"
                + "  5 crate#7 -\n");
        assertThat(certificate.input.totalTicks()).isEqualTo(60);
        assertThat(certificate.marks).hasSize(2);
        Snapshot second = certificate.marks.get(1).state();
        assertThat(second.entities).containsOnlyKeys(4);
        assertThat(second.entities.get(4).parts()).containsEntry("BodyComponent", 0xa).containsEntry("TransformComponent", 0xd)
                .containsEntry("WeaponComponent", 0xe);
        assertThat(certificate.marks.get(0).state().entities.get(4).parts()).doesNotContainKey("WeaponComponent");
    }

    @Test
    void aBadInputLineIsRefusedWithTheCertificatesOwnLineNumber() {
        assertThatThrownBy(() -> CertificateText.parse("c.cert", HEAD + "input:\n60,R\n60,Q\nmarks:\n"))
                .isInstanceOf(CertificateException.class).hasMessageStartingWith("c.cert:13: unknown action 'Q'");
    }

    @Test
    void badHeadersAndMarksAreRefusedSayingWhatIsWrong() {
        assertThatThrownBy(() -> CertificateText.parse("c.cert", HEAD.replace("tick: 120", "tick: soon") + "input:\nmarks:\n"))
                .hasMessage("c.cert: tick 'soon' is not a whole number");
        assertThatThrownBy(() -> CertificateText.parse("c.cert", HEAD.replace("outcome: WIN", "outcome: DRAW") + "input:\n"))
                .hasMessage("c.cert: outcome 'DRAW' is not one of WIN, LOSE, TIMEOUT");
        assertThatThrownBy(() -> CertificateText.parse("c.cert", HEAD))
                .hasMessage("c.cert: no 'input:' line; a certificate holds the input that won");
        assertThatThrownBy(() -> CertificateText.parse("c.cert", HEAD + "input:\nmarks:\n"
                + "120 0000000000000001 run=00000001 random=00000002 stage=00000003\n"
                + "60 0000000000000001 run=00000001 random=00000002 stage=00000003\n"))
                .hasMessage("c.cert:14: mark 60 comes after mark 120; marks go up");
        assertThatThrownBy(() -> CertificateText.parse("c.cert", HEAD + "input:\nmarks:\n  4 t800 BodyComponent=0000000a\n"))
                .hasMessageStartingWith("c.cert:13: an entity line reads '  ID NAME Component=digest...' under a mark");
        assertThatThrownBy(() -> CertificateText.parse("c.cert", "format: 2\n" + HEAD.substring(10) + "input:\n"))
                .hasMessage("c.cert: format 2 is not 1; make the certificate again with 'certify'");
    }
}

package org.haven.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.haven.support.Api;
import org.haven.support.ApiTestSupport;
import org.haven.support.HavenApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** With a mail sender configured, notifications go out by e-mail too, linking to the case and naming no child. */
@HavenApiTest
@Import(MailNotificationH2Test.FakeMail.class)
class MailNotificationH2Test extends ApiTestSupport {

  @TestConfiguration
  static class FakeMail {
    @Bean
    RecordingMailSender recordingMailSender() {
      return new RecordingMailSender();
    }
  }

  /** Keeps what would have been sent. */
  static class RecordingMailSender extends JavaMailSenderImpl implements JavaMailSender {
    final List<SimpleMailMessage> sent = new CopyOnWriteArrayList<>();

    @Override
    public void send(SimpleMailMessage... messages) {
      sent.addAll(List.of(messages));
    }
  }

  @Autowired
  RecordingMailSender mail;

  @Test
  void aTraffickingFlagIsMailedToTheSupervisorWithALinkAndWithoutTheChildsName() {
    UUID ngo = createAgency("ngo");
    TestUser caseworker = createUser(ngo, "caseworker");
    TestUser supervisor = createUser(ngo, "supervisor");
    TestUser silent = createUser(ngo, "supervisor");
    String address = "supervisor-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
    assertThat(supervisor.api().put("/api/v1/notifications/email", Api.object().put("email", address), null)
        .status()).isEqualTo(200);
    assertThat(silent.api().put("/api/v1/notifications/email", Api.object().put("email", "not an address"), null)
        .status()).isEqualTo(400);
    Api.Response created = caseworker.api().post("/api/v1/cases",
        Api.json("{\"givenName\": \"Mebrahtu\", \"familyName\": \"Kidane\", \"sex\": \"male\", \"ageYears\": 14}"));
    String caseId = created.body().get("id").asText();
    String caseNumber = created.body().get("caseNumber").asText();

    caseworker.api().post("/api/v1/cases/" + caseId + "/screenings", Api.json("""
        {"answers": [{"code": "act_recruitment", "answer": "yes"},
                     {"code": "purpose_forced_labour", "answer": "yes"}]}"""));

    List<SimpleMailMessage> toSupervisor = mail.sent.stream()
        .filter(m -> List.of(m.getTo()).contains(address)).toList();
    assertThat(toSupervisor).hasSize(1);
    SimpleMailMessage message = toSupervisor.get(0);
    assertThat(message.getSubject()).contains(caseNumber).contains("trafficking indicators");
    assertThat(message.getText()).contains("/cases/" + caseId);
    assertThat(message.getSubject() + message.getText()).doesNotContain("Mebrahtu").doesNotContain("Kidane");
  }
}

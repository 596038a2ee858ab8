package org.haven.casework;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * E-mails a notification when the deployment configured an SMTP server ({@code spring.mail.host}; Spring
 * Boot then provides the mail sender). The body is the notification's message and a link to the case:
 * never a child's name, as e-mail leaves the deployment's control. Sent after the transaction commits, so
 * that nobody is told of something that did not happen; a failure to send is logged by type only.
 */
@Component
class MailNotifier {
  private static final Logger log = LoggerFactory.getLogger(MailNotifier.class);

  private final ObjectProvider<JavaMailSender> sender;
  private final CaseworkSettings settings;
  private final String from;

  MailNotifier(ObjectProvider<JavaMailSender> sender, CaseworkSettings settings,
      @org.springframework.beans.factory.annotation.Value("${haven.mail.from:haven@localhost}") String from) {
    this.sender = sender;
    this.settings = settings;
    this.from = from;
  }

  void sendAfterCommit(String address, String message, UUID caseId) {
    JavaMailSender mailSender = sender.getIfAvailable();
    if (mailSender == null) {
      return;
    }
    SimpleMailMessage mail = new SimpleMailMessage();
    mail.setFrom(from);
    mail.setTo(address);
    mail.setSubject("Haven: " + message);
    mail.setText(message + (caseId == null ? "" : "\n\n" + settings.caseLink(caseId)) + "\n");
    Runnable send = () -> {
      try {
        mailSender.send(mail);
      } catch (MailException e) {
        log.warn("notification e-mail not sent: {}", e.getClass().getName());
      }
    };
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          send.run();
        }
      });
    } else {
      send.run();
    }
  }
}

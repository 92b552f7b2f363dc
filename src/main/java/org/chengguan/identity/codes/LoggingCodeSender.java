package org.chengguan.identity.codes;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.chengguan.identity.OneTimeCodeSender;
import org.chengguan.identity.PhoneNumber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The default {@link OneTimeCodeSender}: it sends NO SMS. It writes the code to the log, and keeps the last code per
 * phone in memory so the demo and the tests can read it. A deployment that signs citizens in by phone replaces it
 * with a sender for its SMS gateway (短信网关).
 */
@Component
public class LoggingCodeSender implements OneTimeCodeSender {

	private static final Logger log = LoggerFactory.getLogger(LoggingCodeSender.class);

	private final Map<String, String> lastCodes = new ConcurrentHashMap<>();

	@Override
	public void send(String phone, String code) {
		lastCodes.put(phone, code);
		log.warn("NO SMS WAS SENT (demo code sender): the sign-in code for {} is {}", PhoneNumber.mask(phone), code);
	}

	/** The last code "sent" to the phone since this application started. */
	public Optional<String> lastCode(String phone) {
		return Optional.ofNullable(lastCodes.get(phone));
	}
}

package rectimap.exchange;

import java.nio.charset.Charset;

/** A detected text encoding; {@code unsure} when the bytes read both as UTF-8 and GB18030 and the user should pick. */
public record EncodingGuess(Charset charset, boolean unsure) {
}

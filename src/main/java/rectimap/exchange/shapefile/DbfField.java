package rectimap.exchange.shapefile;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import rectimap.model.Field;
import rectimap.model.FieldType;

/**
 * One DBF column as its descriptor states it.
 *
 * @param nameBytes the name as stored (up to 10 bytes, in the table's encoding), without the NUL padding
 * @param type      the dBase type letter: C text, N/F number, L logical, D date (YYYYMMDD), M memo
 * @param length    the width in bytes within a record
 * @param decimals  digits after the decimal point (N/F)
 * @param offset    where the field starts within a record, after the deletion flag byte
 */
record DbfField(byte[] nameBytes, char type, int length, int decimals, int offset) {

    /** The model type values of this field are read as. */
    FieldType fieldType() {
        return switch (type) {
            case 'N', 'F' -> decimals == 0 && length < 19 ? FieldType.INTEGER : FieldType.REAL;
            case 'L' -> FieldType.INTEGER;
            case 'D' -> FieldType.DATE;
            case 'I' -> FieldType.INTEGER;
            case 'O' -> FieldType.REAL;
            default -> FieldType.TEXT;
        };
    }

    /** The name decoded with {@code charset}; undecodable bytes become U+FFFD (names are checked separately). */
    String name(Charset charset) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            return decoder.decode(ByteBuffer.wrap(nameBytes)).toString().trim();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalStateException("a REPLACE decoder does not throw", e);
        }
    }

    /** The model field, named with {@code charset}. */
    Field toField(Charset charset) {
        return new Field(name(charset), fieldType());
    }
}

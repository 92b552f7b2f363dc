package org.chengguan.cases.photos;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.UUID;

import javax.imageio.ImageIO;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import org.chengguan.geo.GeoPoint;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.platform.PayloadTooLargeException;
import org.chengguan.platform.UnsupportedContentException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Photos of cases. Content is checked by its bytes (JPEG, PNG, WebP, HEIC), stored once per SHA-256 however often
 * it is uploaded, thumbnailed where Java can decode it (JPEG, PNG), and its EXIF position and time are read so a
 * report can offer the photo's location. A photo belongs to its uploader until a case step uses it; photos no case
 * used within {@code unusedFor} are collected.
 */
@Service
public class PhotoLibrary {

	private static final Logger log = LoggerFactory.getLogger(PhotoLibrary.class);

	private static final int THUMBNAIL_SIDE = 320;

	private final JdbcClient jdbc;

	private final PhotoProperties properties;

	private final Clock clock;

	PhotoLibrary(JdbcClient jdbc, PhotoProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/** Checks, stores and describes an upload. */
	public Photo upload(long uploaderId, InputStream content) {
		byte[] bytes = readLimited(content);
		if (bytes.length == 0) {
			throw new InvalidInputException("the uploaded file is empty");
		}
		ImageType type = ImageType.sniff(bytes).orElseThrow(() -> new UnsupportedContentException(
				"the file is not a JPEG, PNG, WebP or HEIC image (judged by its content, not its name)"));
		String sha256 = sha256(bytes);
		Path file = store(sha256, bytes);
		Dimensions size = thumbnail(type, bytes, sha256);
		Exif exif = exif(file);
		Photo photo = new Photo(UUID.randomUUID(), sha256, type, bytes.length, size.width(), size.height(),
				exif.position(), exif.time(), uploaderId, clock.instant().truncatedTo(ChronoUnit.MICROS), null, null);
		jdbc.sql("""
				INSERT INTO cases.photo (id, sha256, media_type, bytes, width, height, taken_lat, taken_lon, taken_at,
				    uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(photo.id(), sha256, type.name(), bytes.length, size.width(), size.height(),
					exif.position() == null ? null : exif.position().lat(),
					exif.position() == null ? null : exif.position().lon(),
					exif.time() == null ? null : Timestamp.from(exif.time()), uploaderId,
					Timestamp.from(photo.uploadedAt()))
			.update();
		return photo;
	}

	public Optional<Photo> find(UUID id) {
		return jdbc.sql("SELECT * FROM cases.photo WHERE id = ?").param(id).query((rs, n) -> new Photo(
				(UUID) rs.getObject("id"), rs.getString("sha256"), ImageType.valueOf(rs.getString("media_type")),
				rs.getInt("bytes"), (Integer) rs.getObject("width"), (Integer) rs.getObject("height"),
				rs.getObject("taken_lat") == null ? null : new GeoPoint(rs.getDouble("taken_lat"), rs.getDouble("taken_lon")),
				rs.getTimestamp("taken_at") == null ? null : rs.getTimestamp("taken_at").toInstant(),
				rs.getLong("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant(), (Long) rs.getObject("case_id"),
				rs.getString("kept_region")))
			.optional();
	}

	/** The stored file of a photo. */
	public Path file(Photo photo) {
		return path(photo.sha256(), photo.type().extension());
	}

	/** The thumbnail, or the original where none could be made (WebP, HEIC). */
	public Path thumbnail(Photo photo) {
		Path thumbnail = path(photo.sha256(), "thumb.jpg");
		return Files.exists(thumbnail) ? thumbnail : file(photo);
	}

	/**
	 * Lets a case step use photos: each must exist, belong to the actor and not be used by another case; at most
	 * {@code maxPerStep}. Ids may repeat (a photo used again in a later step of the same case).
	 */
	public void attach(long caseId, List<String> photoIds, long actorId) {
		if (photoIds.isEmpty()) {
			return;
		}
		List<UUID> ids = photoIds.stream().distinct().map(PhotoLibrary::parse).flatMap(Optional::stream).toList();
		if (photoIds.size() <= properties.maxPerStep() && ids.size() == photoIds.stream().distinct().count()) {
			// one statement: attach the actor's free photos, count those already on this case (the count reads the
			// rows as they were before the update, so none is counted twice). One photo by '=': with '= ANY(array)'
			// the server would plan the statement anew on every call.
			String which = ids.size() == 1 ? "id = :ids" : "id = ANY(:ids)";
			long fine = jdbc.sql("""
					WITH attached AS (
					    UPDATE cases.photo SET case_id = :case
					    WHERE %1$s AND case_id IS NULL AND uploaded_by = :actor RETURNING id)
					SELECT (SELECT count(*) FROM attached)
					     + (SELECT count(*) FROM cases.photo WHERE %1$s AND case_id = :case)""".formatted(which))
				.param("case", caseId)
				.param("ids", ids.size() == 1 ? ids.get(0)
						: org.chengguan.platform.database.SqlArray.of("uuid", ids.toArray()))
				.param("actor", actorId)
				.query(Long.class)
				.single();
			if (fine == ids.size()) {
				return;
			}
		}
		// the reasons, read in the same transaction, which the caller's failure rolls back with any photo attached
		List<String> errors = problems(caseId, photoIds, actorId);
		if (errors.isEmpty()) {
			errors = List.of("a photo was attached to another case meanwhile");
		}
		throw new InvalidInputException(String.join("; ", errors), errors);
	}

	/**
	 * Why the photos cannot be attached to the case (or to a new case, for {@code caseId} 0) by the actor: empty when
	 * they can. Reads only.
	 */
	public List<String> problems(long caseId, List<String> photoIds, long actorId) {
		if (photoIds.size() > properties.maxPerStep()) {
			return List.of("a step takes at most " + properties.maxPerStep() + " photos, got " + photoIds.size());
		}
		List<String> errors = new ArrayList<>();
		for (String id : photoIds.stream().distinct().toList()) {
			Optional<Photo> photo = parse(id).flatMap(this::find);
			if (photo.isEmpty()) {
				errors.add("photo " + id + " does not exist (upload it first with POST /api/v1/photos)");
			}
			else if (photo.get().caseId() != null && photo.get().caseId() != caseId) {
				errors.add("photo " + id + " belongs to another case");
			}
			else if (photo.get().caseId() == null && photo.get().uploadedBy() != actorId) {
				errors.add("photo " + id + " was uploaded by someone else");
			}
		}
		return errors;
	}

	/** Attaches photos that {@link #problems} found no fault with. */
	public void attachChecked(long caseId, List<String> photoIds) {
		for (String id : photoIds.stream().distinct().toList()) {
			jdbc.sql("UPDATE cases.photo SET case_id = ? WHERE id = ? AND case_id IS NULL").params(caseId, UUID.fromString(id))
				.update();
		}
	}

	/**
	 * Keeps photos for another module's record (a joint inspection's results): each must pass {@link #problems} for
	 * a new case; they are then never collected, and staff of {@code regionCode} may see them.
	 */
	public void keep(List<String> photoIds, long actorId, String keptFor, String regionCode) {
		List<String> errors = problems(0, photoIds, actorId);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(String.join("; ", errors), errors);
		}
		for (String id : photoIds.stream().distinct().toList()) {
			jdbc.sql("UPDATE cases.photo SET kept_for = ?, kept_region = ? WHERE id = ? AND kept_for IS NULL")
				.params(keptFor, regionCode, UUID.fromString(id))
				.update();
		}
	}

	/** Deletes photos that no case or record used within {@code unusedFor}, and their files when nothing shares them. */
	public int collectUnused(Instant now) {
		List<Photo> unused = jdbc.sql("SELECT id FROM cases.photo WHERE case_id IS NULL AND kept_for IS NULL "
				+ "AND uploaded_at < ?")
			.param(Timestamp.from(now.minus(properties.unusedFor())))
			.query((rs, n) -> (UUID) rs.getObject("id"))
			.list()
			.stream()
			.flatMap(id -> find(id).stream())
			.toList();
		for (Photo photo : unused) {
			jdbc.sql("DELETE FROM cases.photo WHERE id = ? AND case_id IS NULL AND kept_for IS NULL").param(photo.id())
				.update();
			boolean shared = jdbc.sql("SELECT EXISTS (SELECT 1 FROM cases.photo WHERE sha256 = ?)").param(photo.sha256())
				.query(Boolean.class).single();
			if (!shared) {
				deleteQuietly(file(photo));
				deleteQuietly(path(photo.sha256(), "thumb.jpg"));
			}
		}
		return unused.size();
	}

	private byte[] readLimited(InputStream content) {
		long max = properties.maxSize().toBytes();
		try (content) {
			byte[] bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE, max + 1));
			if (bytes.length > max) {
				throw new PayloadTooLargeException("a photo may have at most " + properties.maxSize().toMegabytes()
						+ " MB");
			}
			return bytes;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private Path store(String sha256, byte[] bytes) {
		try {
			ImageType type = ImageType.sniff(bytes).orElseThrow();
			Path target = path(sha256, type.extension());
			if (!Files.exists(target)) {
				Files.createDirectories(target.getParent());
				Path temp = Files.createTempFile(target.getParent(), sha256, ".part");
				Files.write(temp, bytes);
				Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			return target;
		}
		catch (IOException e) {
			throw new UncheckedIOException("could not store the photo", e);
		}
	}

	private record Dimensions(Integer width, Integer height) {
	}

	private Dimensions thumbnail(ImageType type, byte[] bytes, String sha256) {
		if (type != ImageType.JPEG && type != ImageType.PNG) {
			return new Dimensions(null, null);
		}
		try {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
			if (image == null) {
				throw new UnsupportedContentException("the " + type + " image could not be decoded");
			}
			Path target = path(sha256, "thumb.jpg");
			if (!Files.exists(target)) {
				double scale = Math.min(1.0, (double) THUMBNAIL_SIDE / Math.max(image.getWidth(), image.getHeight()));
				int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
				int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
				BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
				Graphics2D g = small.createGraphics();
				g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
				g.drawImage(image, 0, 0, w, h, null);
				g.dispose();
				Path temp = Files.createTempFile(target.getParent(), sha256, ".thumb");
				ImageIO.write(small, "jpg", temp.toFile());
				Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			return new Dimensions(image.getWidth(), image.getHeight());
		}
		catch (IOException e) {
			throw new UnsupportedContentException("the " + type + " image could not be decoded: " + e.getMessage());
		}
	}

	private record Exif(GeoPoint position, Instant time) {
	}

	/** Where and when the camera says: GPS in WGS-84, the original time taken as Beijing time. */
	private static Exif exif(Path file) {
		try {
			Metadata metadata = ImageMetadataReader.readMetadata(file.toFile());
			GeoPoint position = null;
			GpsDirectory gps = metadata.getFirstDirectoryOfType(GpsDirectory.class);
			if (gps != null && gps.getGeoLocation() != null && !gps.getGeoLocation().isZero()) {
				var location = gps.getGeoLocation();
				if (Math.abs(location.getLatitude()) <= 90 && Math.abs(location.getLongitude()) <= 180) {
					position = new GeoPoint(location.getLatitude(), location.getLongitude());
				}
			}
			Instant time = null;
			ExifSubIFDDirectory exif = metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
			if (exif != null) {
				Date original = exif.getDateOriginal(TimeZone.getTimeZone("Asia/Shanghai"));
				time = original == null ? null : original.toInstant();
			}
			return new Exif(position, time);
		}
		catch (ImageProcessingException | IOException | RuntimeException e) {
			log.debug("No readable metadata in {}: {}", file, e.getMessage());
			return new Exif(null, null);
		}
	}

	private Path path(String sha256, String suffix) {
		return properties.dir().resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4))
			.resolve(sha256 + "." + suffix);
	}

	private static Optional<UUID> parse(String id) {
		try {
			return Optional.of(UUID.fromString(id));
		}
		catch (IllegalArgumentException | NullPointerException e) {
			return Optional.empty();
		}
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException e) {
			log.warn("Could not delete {}: {}", file, e.getMessage());
		}
	}
}

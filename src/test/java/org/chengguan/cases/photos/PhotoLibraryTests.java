package org.chengguan.cases.photos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import javax.imageio.ImageIO;

import org.chengguan.PlatformTest;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.platform.PayloadTooLargeException;
import org.chengguan.platform.UnsupportedContentException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.assertj.core.data.Offset;

@PlatformTest
class PhotoLibraryTests {

	@Autowired
	PhotoLibrary photos;

	static int seed = (int) (System.nanoTime() & 0xFFFF);

	Photo upload(long uploader, byte[] bytes) {
		return photos.upload(uploader, new ByteArrayInputStream(bytes));
	}

	@Test
	void readsTheExifPositionAndMakesAThumbnail() throws Exception {
		Photo photo = upload(1, TestImages.jpegWithGps(seed++, 33.955, 116.798));
		assertThat(photo.type()).isEqualTo(ImageType.JPEG);
		assertThat(photo.width()).isEqualTo(640);
		assertThat(photo.takenAt()).isNotNull();
		assertThat(photo.takenAt().lat()).isCloseTo(33.955, Offset.offset(1e-6));
		assertThat(photo.takenAt().lon()).isCloseTo(116.798, Offset.offset(1e-6));
		var thumbnail = ImageIO.read(photos.thumbnail(photo).toFile());
		assertThat(Math.max(thumbnail.getWidth(), thumbnail.getHeight())).isEqualTo(320);
		assertThat(photos.find(photo.id())).contains(photo);
	}

	@Test
	void storesTheSameContentOnce() {
		byte[] bytes = TestImages.jpeg(100, 100, seed++);
		Photo a = upload(1, bytes);
		Photo b = upload(2, bytes);
		assertThat(a.id()).isNotEqualTo(b.id());
		assertThat(a.sha256()).isEqualTo(b.sha256());
		assertThat(photos.file(a)).isEqualTo(photos.file(b)).exists();
	}

	@Test
	void judgesContentNotNames() {
		assertThatThrownBy(() -> upload(1, "<html>not a photo</html>".getBytes()))
			.isInstanceOf(UnsupportedContentException.class);
		assertThatThrownBy(() -> upload(1, new byte[0])).isInstanceOf(InvalidInputException.class);
		byte[] webp = "RIFF\0\0\0\0WEBPVP8 ".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
		assertThat(ImageType.sniff(webp)).contains(ImageType.WEBP);
		byte[] heic = "\0\0\0\u0018ftypheic".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
		assertThat(ImageType.sniff(heic)).contains(ImageType.HEIC);
	}

	@Test
	void refusesAPhotoOverTenMegabytes() {
		byte[] big = new byte[10 * 1024 * 1024 + 1];
		big[0] = (byte) 0xFF;
		big[1] = (byte) 0xD8;
		big[2] = (byte) 0xFF;
		assertThatThrownBy(() -> upload(1, big)).isInstanceOf(PayloadTooLargeException.class).hasMessageContaining("10 MB");
	}

	@Test
	void aCaseUsesOnlyItsOwnUploadersUnusedPhotos() {
		Photo mine = upload(7, TestImages.jpeg(50, 50, seed++));
		Photo theirs = upload(8, TestImages.jpeg(50, 50, seed++));
		assertThatThrownBy(() -> photos.attach(1, List.of(theirs.id().toString()), 7))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("someone else");
		assertThatThrownBy(() -> photos.attach(1, List.of("not-a-photo"), 7))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("does not exist");
		assertThatThrownBy(() -> photos.attach(1, IntStream.range(0, 10).mapToObj(i -> mine.id().toString()).toList(), 7))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("at most 9");
	}

	@Test
	void collectsPhotosNoCaseUsedWithinADay() throws Exception {
		Photo orphan = upload(9, TestImages.jpeg(60, 60, seed++));
		assertThat(photos.collectUnused(Instant.now().plus(Duration.ofHours(23)))).isZero();
		int collected = photos.collectUnused(Instant.now().plus(Duration.ofHours(25)));
		assertThat(collected).isGreaterThanOrEqualTo(1);
		assertThat(photos.find(orphan.id())).isEmpty();
		assertThat(Files.exists(photos.file(orphan))).isFalse();
	}
}

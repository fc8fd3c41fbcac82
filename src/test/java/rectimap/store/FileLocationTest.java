package rectimap.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Network shares are recognised from the mount table, by the longest mount point above the file. */
class FileLocationTest {
    /** Lines in the format of a real /proc/self/mountinfo (Debian 12 with an SMB and an NFS share). */
    static final List<String> MOUNT_INFO = List.of(
            "24 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw,errors=remount-ro",
            "61 24 0:52 / /mnt/office rw,relatime shared:30 - cifs //fs01/规划科 rw,vers=3.1.1,cache=strict",
            "62 61 8:17 / /mnt/office/local\\040disk rw,relatime shared:31 - ext4 /dev/sdb1 rw",
            "70 24 0:60 / /home/zhang/nfs rw,relatime - nfs4 nas:/export rw,vers=4.2");

    @Test
    void theLongestMountPointAboveTheFileDecides() {
        assertThat(FileLocation.mountTypeOf("/mnt/office/盐湖区/project.gpkg", MOUNT_INFO)).isEqualTo("cifs");
        assertThat(FileLocation.mountTypeOf("/mnt/office/local disk/p.gpkg", MOUNT_INFO)).isEqualTo("ext4");
        assertThat(FileLocation.mountTypeOf("/mnt/officeX/p.gpkg", MOUNT_INFO)).isEqualTo("ext4");
        assertThat(FileLocation.mountTypeOf("/home/zhang/nfs/p.gpkg", MOUNT_INFO)).isEqualTo("nfs4");
        assertThat(FileLocation.ofType("cifs")).isEqualTo(FileLocation.NETWORK_SHARE);
        assertThat(FileLocation.ofType("nfs4")).isEqualTo(FileLocation.NETWORK_SHARE);
        assertThat(FileLocation.ofType("ext4")).isEqualTo(FileLocation.LOCAL);
    }

    @Test
    void aUncPathIsAShareAndATemporaryFolderIsLocal(@TempDir Path dir) {
        assertThat(FileLocation.of(Path.of("\\\\fs01\\share\\p.gpkg"))).isEqualTo(FileLocation.NETWORK_SHARE);
        assertThat(FileLocation.of(dir.resolve("new.gpkg"))).isEqualTo(FileLocation.LOCAL);
    }
}

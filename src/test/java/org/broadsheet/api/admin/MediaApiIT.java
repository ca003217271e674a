package org.broadsheet.api.admin;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.broadsheet.accounts.AccessTokens;
import org.broadsheet.accounts.Account;
import org.broadsheet.accounts.Role;
import org.broadsheet.audit.AuditLog;
import org.broadsheet.media.Multipart;
import org.broadsheet.media.TestPictures;
import org.broadsheet.testsupport.AccountsAppTest;
import org.broadsheet.testsupport.SiteClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The media library through the Admin API, with real personal access tokens. */
class MediaApiIT extends AccountsAppTest {

    @Autowired
    AccessTokens tokens;

    @Autowired
    AuditLog audit;

    private String token(Account account) {
        return tokens.create(account.id(), "Picture desk").token();
    }

    private SiteClient.Answer upload(String token, String name, byte[] content) {
        Multipart form = new Multipart().field("alt", "Lifeboat launch").field("caption", "Photo: RNLI").file(name, "image/jpeg", content);
        return newReader().post("/api/admin/media", form.contentType(), form.body(), "Authorization", "Bearer " + token);
    }

    @Test
    void anAuthorsTokenUploadsAPictureAndReadsItBack() {
        Account author = account(Role.AUTHOR);
        String token = token(author);

        SiteClient.Answer created = upload(token, "boat.jpg", TestPictures.jpeg(1200, 800));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode json = created.json();
        long id = json.get("id").asLong();
        assertThat(created.header("Location")).contains("/api/admin/media/" + id);
        assertThat(json.get("url").asString()).startsWith("/media/library/");
        assertThat(json.get("width").asInt()).isEqualTo(1200);
        assertThat(json.get("alt").asString()).isEqualTo("Lifeboat launch");
        assertThat(json.get("crops").propertyNames()).containsExactly("16x9", "4x3", "1x1");

        SiteClient.Answer read = newReader().get("/api/admin/media/" + id, "Authorization", "Bearer " + token);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("url").asString()).isEqualTo(json.get("url").asString());
        assertThat(read.json().get("caption").asString()).isEqualTo("Photo: RNLI");
        assertThat(audit.page(null, "media", author.id(), 10)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("uploaded");
            assertThat(entry.subjectId()).isEqualTo(String.valueOf(id));
        });
    }

    @Test
    void aContributorsTokenGets403AndNoTokenGets401() {
        SiteClient.Answer contributor = upload(token(account(Role.CONTRIBUTOR)), "a.jpg", TestPictures.jpeg(100, 100));
        assertThat(contributor.status()).isEqualTo(403);
        assertThat(contributor.json().get("status").asInt()).isEqualTo(403);

        Multipart form = new Multipart().field("alt", "x").file("a.jpg", "image/jpeg", TestPictures.jpeg(100, 100));
        SiteClient.Answer anonymous = newReader().post("/api/admin/media", form.contentType(), form.body());
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(newReader().get("/api/admin/media/1").status()).isEqualTo(401);
    }

    @Test
    void aSpoofedOrOversizeFileGetsAJsonErrorThatSaysWhy() {
        String token = token(account(Role.EDITOR));

        SiteClient.Answer html = upload(token, "photo.jpg", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        assertThat(html.status()).isEqualTo(415);
        assertThat(html.json().get("error").asString()).contains("not a JPEG, PNG, WebP or GIF picture");

        for (int size : new int[] {10 * 1024 * 1024 + 1, 12 * 1024 * 1024}) {
            SiteClient.Answer big = upload(token, "big.jpg", Arrays.copyOf(TestPictures.jpeg(100, 100), size));
            assertThat(big.status()).isEqualTo(413);
            assertThat(big.json().get("error").asString()).isEqualTo("The file is too large: pictures may be at most 10 MB.");
        }
        assertThat(newReader().get("/api/admin/media/999999", "Authorization", "Bearer " + token).status()).isEqualTo(404);
    }

    @Test
    void aTokenListsChangesAndDeletesPictures() {
        String token = token(account(Role.EDITOR));
        long id = upload(token, "list.jpg", TestPictures.jpeg(900, 600)).json().get("id").asLong();
        SiteClient client = newReader();

        SiteClient.Answer list = client.get("/api/admin/media?limit=5", "Authorization", "Bearer " + token);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("items").get(0).get("id").asLong()).isEqualTo(id);

        SiteClient.Answer changed = client.send("PATCH", "/api/admin/media/" + id,
                "{\"alt\": \"Lifeboat at sea\", \"focalX\": 0.1, \"focalY\": 0.2}", "Authorization", "Bearer " + token);
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("alt").asString()).isEqualTo("Lifeboat at sea");
        assertThat(changed.json().get("focalX").asDouble()).isEqualTo(0.1);

        SiteClient.Answer half = client.send("PATCH", "/api/admin/media/" + id, "{\"focalX\": 0.5}", "Authorization", "Bearer " + token);
        assertThat(half.status()).isEqualTo(400);
        assertThat(half.json().get("fields").get("focalY").asString()).contains("both");

        assertThat(client.send("DELETE", "/api/admin/media/" + id, null, "Authorization", "Bearer " + token).status()).isEqualTo(204);
        assertThat(client.get("/api/admin/media/" + id, "Authorization", "Bearer " + token).status()).isEqualTo(404);
    }
}

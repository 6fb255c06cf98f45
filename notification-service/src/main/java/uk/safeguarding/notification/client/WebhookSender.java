package uk.safeguarding.notification.client;

import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import uk.safeguarding.notification.config.NotificationConfig;
import uk.safeguarding.notification.domain.RetryPolicy;
import uk.safeguarding.notification.domain.WebhookAddressPolicy;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * POSTs a webhook. The host is resolved once, every address is checked against the
 * {@link WebhookAddressPolicy}, and the connection goes to the checked address (so a DNS
 * answer cannot change between check and use); redirects are never followed.
 */
@ApplicationScoped
public class WebhookSender {

    /**
     * @param status the HTTP status, or {@link RetryPolicy#NO_RESPONSE}
     * @param refused the target address is not allowed: not worth retrying
     * @param error a short reason for ops (a status or a failure kind, never content)
     */
    public record Result(int status, boolean refused, String error) {
        public static Result answered(int status) {
            return new Result(status, false, status >= 200 && status < 300 ? null : "HTTP " + status);
        }
    }

    private final NotificationConfig config;
    private final WebhookAddressPolicy policy;
    private final HttpClient client;

    public WebhookSender(NotificationConfig config, Vertx vertx) {
        this.config = config;
        this.policy = new WebhookAddressPolicy(config.allowLoopback(), config.webhookAllowList().orElse(List.of()));
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.delivery().connectTimeout().toMillis())
                .setIdleTimeout((int) config.delivery().requestTimeout().toSeconds() + 1)
                .setKeepAlive(false)
                .setVerifyHost(true)
                .setForceSni(true)
                .setMaxRedirects(0));
    }

    void close(@Observes ShutdownEvent ignored) {
        client.close();
    }

    public WebhookAddressPolicy policy() {
        return policy;
    }

    public Result send(String url, Map<String, String> headers, String body) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return new Result(RetryPolicy.NO_RESPONSE, true, "invalid webhook URL");
        }
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        String host = hostOf(uri);
        int port = uri.getPort() > 0 ? uri.getPort() : (https ? 443 : 80);
        List<InetAddress> addresses;
        try {
            addresses = Arrays.asList(InetAddress.getAllByName(host));
        } catch (UnknownHostException e) {
            return new Result(RetryPolicy.NO_RESPONSE, false, "host not resolvable");
        }
        Optional<String> refusal = policy.refusal(addresses);
        if (refusal.isPresent()) {
            return new Result(RetryPolicy.NO_RESPONSE, true, "address refused: " + refusal.get());
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (uri.getRawQuery() != null) {
            path += "?" + uri.getRawQuery();
        }
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(port, addresses.get(0).getHostAddress()))
                .setHost(host)
                .setPort(port)
                .setSsl(https)
                .setURI(path)
                .setFollowRedirects(false)
                .setConnectTimeout(config.delivery().connectTimeout().toMillis())
                .setIdleTimeout(config.delivery().requestTimeout().toMillis());
        headers.forEach(options::putHeader);
        long limit = config.delivery().connectTimeout().toMillis() + config.delivery().requestTimeout().toMillis();
        try {
            Integer status = client.request(options)
                    .compose(request -> request.send(Buffer.buffer(body)))
                    .compose(response -> {
                        int code = response.statusCode();
                        // Read and drop the answer: nothing a receiver says is kept.
                        response.handler(chunk -> {
                        });
                        return response.end().map(v -> code);
                    })
                    .toCompletionStage().toCompletableFuture()
                    .get(limit, TimeUnit.MILLISECONDS);
            return Result.answered(status);
        } catch (TimeoutException e) {
            return new Result(RetryPolicy.NO_RESPONSE, false, "timeout");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            String kind = cause instanceof java.util.concurrent.TimeoutException || (cause != null && cause.getClass().getSimpleName().contains("Timeout"))
                    ? "timeout" : "connection failed";
            return new Result(RetryPolicy.NO_RESPONSE, false, kind);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(RetryPolicy.NO_RESPONSE, false, "interrupted");
        }
    }

    static String hostOf(URI uri) {
        String host = uri.getHost();
        if (host != null && host.startsWith("[") && host.endsWith("]")) {
            return host.substring(1, host.length() - 1);
        }
        return host;
    }
}

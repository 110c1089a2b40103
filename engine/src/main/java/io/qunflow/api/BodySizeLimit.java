package io.qunflow.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.qunflow.common.Words;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over a size before anything parses them: by the declared length at once,
 * and for bodies without one (chunked) by counting the bytes as they are read, failing the read
 * that goes over. A few paths (batches, imports) may send more than the rest.
 */
class BodySizeLimit extends OncePerRequestFilter {

    /** Thrown by the counting stream; answered as 413 wherever it surfaces. */
    static final class BodyTooLargeException extends IOException {
        BodyTooLargeException(long limit) {
            super("The request body is larger than " + limit + " bytes");
        }
    }

    private final long limit;
    private final long largeLimit;
    private final List<String> largePaths;
    private final ObjectMapper json;

    BodySizeLimit(long limit, long largeLimit, List<String> largePaths, ObjectMapper json) {
        this.limit = limit;
        this.largeLimit = largeLimit;
        this.largePaths = largePaths;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long allowed = largePaths.contains(request.getRequestURI()) ? largeLimit : limit;
        long declared = request.getContentLengthLong();
        if (declared > allowed) {
            refuse(response, allowed);
            return;
        }
        try {
            chain.doFilter(new Limited(request, allowed), response);
        } catch (ServletException | IOException e) {
            if (!causedByTooLarge(e) || response.isCommitted()) {
                throw e;
            }
            response.reset();
            refuse(response, allowed);
        }
    }

    static boolean causedByTooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BodyTooLargeException) {
                return true;
            }
        }
        return false;
    }

    private void refuse(HttpServletResponse response, long allowed) throws IOException {
        // The client may still be sending: say so, and close, instead of reading the rest.
        response.setHeader("Connection", "close");
        Problems.write(
                response,
                json,
                Problems.of(
                        HttpStatus.PAYLOAD_TOO_LARGE,
                        Problems.PAYLOAD_TOO_LARGE,
                        new Words(
                                "The request body is larger than this call takes (" + allowed
                                        + " bytes); nothing was read",
                                "请求内容超过了这个接口的上限（" + allowed + " 字节），未做任何处理")));
    }

    private static final class Limited extends HttpServletRequestWrapper {

        private final long allowed;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long allowed) {
            super(request);
            this.allowed = allowed;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream(), allowed);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    private static final class Counting extends ServletInputStream {

        private final ServletInputStream in;
        private final long allowed;
        private long read;

        Counting(ServletInputStream in, long allowed) {
            this.in = in;
            this.allowed = allowed;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLargeException {
            read += n;
            if (read > allowed) {
                throw new BodyTooLargeException(allowed);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}

using System.Net;

namespace OutlookNetworking.Graph.Throttling;

/// <summary>
/// The innermost handler of the Graph client: each HTTP attempt (the SDK's retries each count) takes its places from
/// <see cref="GraphRequestLimiter"/> before it is sent and gives them back once its answer has been read to the end (or
/// thrown away): Graph counts a request in flight until it has answered in full. Sits inside the SDK's retry handler, so
/// a request waiting out a Retry-After holds nothing. A 429 or 503 with Retry-After makes the mailbox's next requests
/// wait that long.
/// </summary>
internal sealed class GraphRequestLimitHandler(GraphRequestLimiter limiter) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var shape = await GraphRequestShape.OfAsync(request, cancellationToken);
        var held = new ReleaseOnce(await limiter.AcquireAsync(shape, cancellationToken));
        if (request.Headers.Contains("Retry-Attempt"))
        {
            Diagnostics.GraphMetrics.Retries.Add(1); // the SDK's retry handler marks each attempt after the first
        }

        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken);
        }
        catch
        {
            await held.ReleaseAsync();
            throw;
        }

        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            Diagnostics.GraphMetrics.Throttled.Add(1);
        }

        if (response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable
            && response.Headers.RetryAfter?.Delta is { } retryAfter)
        {
            foreach (var mailbox in shape.PerMailbox.Keys)
            {
                limiter.Throttled(mailbox, retryAfter);
            }
        }

        response.Content = new ReleasingContent(response.Content, held);
        return response;
    }

    /// <summary>Gives the places back once, whichever comes first: the end of the body, or its disposal.</summary>
    private sealed class ReleaseOnce(IAsyncDisposable held)
    {
        private int _released;

        public ValueTask ReleaseAsync() =>
            Interlocked.Exchange(ref _released, 1) == 0 ? held.DisposeAsync() : ValueTask.CompletedTask;

        public void Release()
        {
            var pending = ReleaseAsync();
            if (!pending.IsCompleted)
            {
                _ = pending.AsTask().ContinueWith(static t => _ = t.Exception, TaskScheduler.Default);
            }
        }
    }

    /// <summary>The answer's body, handing the places back when it has been read to the end or disposed.</summary>
    private sealed class ReleasingContent : HttpContent
    {
        private readonly HttpContent _inner;
        private readonly ReleaseOnce _held;

        public ReleasingContent(HttpContent inner, ReleaseOnce held)
        {
            _inner = inner;
            _held = held;
            foreach (var header in inner.Headers)
            {
                Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
            await SerializeToStreamAsync(stream, context, CancellationToken.None);

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
        {
            try
            {
                await _inner.CopyToAsync(stream, cancellationToken);
            }
            finally
            {
                await _held.ReleaseAsync();
            }
        }

        protected override async Task<Stream> CreateContentReadStreamAsync() =>
            new ReleasingStream(await _inner.ReadAsStreamAsync(), _held);

        protected override async Task<Stream> CreateContentReadStreamAsync(CancellationToken cancellationToken) =>
            new ReleasingStream(await _inner.ReadAsStreamAsync(cancellationToken), _held);

        protected override bool TryComputeLength(out long length)
        {
            length = _inner.Headers.ContentLength ?? -1;
            return length >= 0;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _inner.Dispose();
                _held.Release();
            }

            base.Dispose(disposing);
        }
    }

    private sealed class ReleasingStream(Stream inner, ReleaseOnce held) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Ended(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Ended(await inner.ReadAsync(buffer, cancellationToken));

        public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Ended(await inner.ReadAsync(buffer.AsMemory(offset, count), cancellationToken));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
                held.Release();
            }

            base.Dispose(disposing);
        }

        private int Ended(int read)
        {
            if (read == 0)
            {
                held.Release();
            }

            return read;
        }
    }
}

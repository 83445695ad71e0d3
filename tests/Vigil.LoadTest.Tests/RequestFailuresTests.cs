using System.Net.Sockets;

namespace Vigil.LoadTest.Tests;

public sealed class RequestFailuresTests
{
    [Fact]
    public void The_client_timeout_is_a_timeout()
    {
        TaskCanceledException timeout = new("The request was canceled due to the configured HttpClient.Timeout.", new TimeoutException());

        Assert.Equal(RequestFailure.Timeout, RequestFailures.Classify(timeout, CancellationToken.None));
    }

    [Fact]
    public void A_cancellation_of_the_run_is_not_a_timeout()
    {
        using CancellationTokenSource stopping = new();
        stopping.Cancel();

        Assert.Equal(RequestFailure.Other, RequestFailures.Classify(new TaskCanceledException(), stopping.Token));
    }

    [Fact]
    public void A_refused_or_reset_connection_is_a_connection_error()
    {
        HttpRequestException refused = new(HttpRequestError.ConnectionError, "Connection refused", new SocketException((int)SocketError.ConnectionRefused));
        HttpRequestException ended = new(HttpRequestError.ResponseEnded, "The response ended prematurely.");

        Assert.Equal(RequestFailure.Connection, RequestFailures.Classify(refused, CancellationToken.None));
        Assert.Equal(RequestFailure.Connection, RequestFailures.Classify(ended, CancellationToken.None));
    }

    [Fact]
    public void A_malformed_response_is_another_error()
    {
        HttpRequestException invalid = new(HttpRequestError.InvalidResponse, "The server returned an invalid response.");

        Assert.Equal(RequestFailure.Other, RequestFailures.Classify(invalid, CancellationToken.None));
    }
}

namespace Vigil.LoadTest;

/// <summary>Classifies the exceptions of <see cref="HttpClient.SendAsync(HttpRequestMessage, CancellationToken)"/>.</summary>
internal static class RequestFailures
{
    /// <param name="exception">What the request threw.</param>
    /// <param name="stopping">The run's own cancellation (Ctrl+C): a request it cancels is not a timeout.</param>
    public static RequestFailure Classify(Exception exception, CancellationToken stopping) => exception switch
    {
        // HttpClient.Timeout cancels with a TaskCanceledException whose inner exception is a TimeoutException.
        OperationCanceledException when !stopping.IsCancellationRequested => RequestFailure.Timeout,
        OperationCanceledException => RequestFailure.Other,
        HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.ResponseEnded or HttpRequestError.NameResolutionError }
            => RequestFailure.Connection,
        HttpRequestException { InnerException: IOException } => RequestFailure.Connection,
        _ => RequestFailure.Other,
    };

    public static string Name(RequestFailure failure) => failure switch
    {
        RequestFailure.Timeout => "timeout",
        RequestFailure.Connection => "connection",
        RequestFailure.Other => "other",
        _ => "none",
    };
}

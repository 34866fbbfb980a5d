namespace Lbaas.Host.Api;

/// <summary>Carries an Octavia fault: the HTTP status and the <c>faultstring</c> shown to the caller.</summary>
public sealed class ApiException : Exception
{
    public ApiException(int statusCode, string faultString)
        : base(faultString)
    {
        StatusCode = statusCode;
        FaultString = faultString;
    }

    public int StatusCode { get; }

    public string FaultString { get; }

    public static ApiException BadRequest(string message) => new(StatusCodes.Status400BadRequest, message);

    public static ApiException Validation(string detail) => new(StatusCodes.Status400BadRequest, $"Validation failure: {detail}");

    public static ApiException InvalidInput(string field, string? value, string reason) =>
        new(StatusCodes.Status400BadRequest, InvalidInputText(field, value, reason));

    public static ApiException NotFound(string resource, object id) =>
        new(StatusCodes.Status404NotFound, $"{resource} {id} not found.");

    public static ApiException Conflict(string message) => new(StatusCodes.Status409Conflict, message);

    public static ApiException Immutable(string resource, Guid id) =>
        Conflict($"{resource} {id} is immutable and cannot be updated.");

    public static ApiException Forbidden(string message = "Policy does not allow this request to be performed.") =>
        new(StatusCodes.Status403Forbidden, message);

    /// <summary>Formats wsme's input error text.</summary>
    public static string InvalidInputText(string field, string? value, string reason) =>
        $"Invalid input for field/attribute {field}. Value: '{value ?? "None"}'. {reason}";
}

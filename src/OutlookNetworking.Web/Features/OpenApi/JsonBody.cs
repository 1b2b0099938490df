using Microsoft.AspNetCore.Http.HttpResults;

namespace OutlookNetworking.Web.Features.OpenApi;

/// <summary>A request body read by <see cref="JsonRequestBody"/>: the value, or the problem to answer.</summary>
internal readonly record struct JsonBody<T>(T? Value, ProblemHttpResult? Problem)
    where T : class;

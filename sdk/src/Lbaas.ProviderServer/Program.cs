// Replaced by the provider server (issue #3): loads a driver plugin and serves it over gRPC.
return 0;

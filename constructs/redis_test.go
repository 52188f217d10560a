package optio_test

import "testing"

// TestInClusterRedisGolden: the objects of InClusterRedis with its defaults
// (testdata/in-cluster-redis.yaml).
func TestInClusterRedisGolden(t *testing.T) {
	checkGolden(t, "InClusterRedis", "in-cluster-redis.yaml")
}

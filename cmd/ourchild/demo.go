package main

import (
	"context"
	"flag"
	"fmt"
	"time"

	"ourchild/internal/demo"
)

func demoCmd(args []string) error {
	fs := flag.NewFlagSet("demo", flag.ExitOnError)
	db := dbFlag(fs)
	size := fs.Int("size", 5000, "number of people to generate (children and their families)")
	seed := fs.Uint64("seed", 1, "random seed: the same seed gives the same council")
	password := fs.String("password", demoPassword, "password of the demo accounts")
	fs.Parse(args)
	ctx := context.Background()
	s, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer s.Close()
	start := time.Now()
	sum, err := demo.Load(ctx, s, demo.Options{Seed: *seed, Size: *size, Password: *password})
	if err != nil {
		return err
	}
	fmt.Printf("generated %d people (%d children) in %d households, %d staff, %d referrals, %d casework records and %d places and groups into the %s store in %s\n",
		sum.People, sum.Children, sum.Households, sum.Users, sum.Referrals, sum.Casework, sum.Contexts, s.Dialect(), time.Since(start).Round(time.Millisecond))
	return nil
}

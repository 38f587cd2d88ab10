"""Tests of the SMS and WhatsApp channel (handlers/twilio) against a stand-in of Twilio's API."""
